"""What needs every brief at once: ids (`ids`), actors, places and tags across briefings
(`crossref`), related briefings (`related`), and the view of the corpus made of them (`view`)."""
