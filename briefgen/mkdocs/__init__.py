"""The MkDocs adapter: the plugin that hands briefgen's pages to MkDocs (`plugin`), and what is
specific to the Material theme's pages: marking them for Pagefind and its search page (`search`).
Nothing outside this package imports MkDocs; the rest of briefgen makes pages any builder can use.
"""
