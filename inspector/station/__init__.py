"""This station's own settings: its name, language, camera, scanner and printer."""
