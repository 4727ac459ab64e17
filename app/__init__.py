"""Everything that is not a widget: services over the journal, the catalog, the command line."""
