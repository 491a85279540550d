"""The station's Settings page."""
