"""Moving entries in and out of a journal: the lossless JSON backup, importers from other
journals (jrnl, Day One), format detection and the Markdown folder export.

Readers turn a file into an `ImportBatch` of plain records without touching the journal;
`apply_batch` then writes the whole batch in one transaction, or nothing.
"""
