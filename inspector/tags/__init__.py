"""Bin tags: their layout, the printers, the print queue and its worker."""
