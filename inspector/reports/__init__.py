"""Reports: the disposition log and its exports, the dock today, the analytics."""
