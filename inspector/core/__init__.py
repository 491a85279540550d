"""The shared core every stage stands on: the warehouse handle, errors, paths, logs, resources."""
