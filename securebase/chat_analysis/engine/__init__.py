"""The reality check's engine: parsers, the text-free `Conversation`, and the metrics.

Pure Python without Django. `parsers.parse_export()` turns an export into Conversations;
`metrics.analyze()` turns one into numbers.
"""
