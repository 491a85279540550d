"""Receiving: labels read from images and frames, RMAs looked up, parcels recorded."""
