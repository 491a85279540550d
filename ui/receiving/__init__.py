"""The Scan page, the camera loop and the RMA search."""
