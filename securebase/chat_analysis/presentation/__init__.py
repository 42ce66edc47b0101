"""The reality check's presentation: report data, text, charts and page rows.

Pure Python without Django; it reads the engine's numbers and never the other way round.
"""
