-- A body's table of contents, rendered apart from the body so that the page can place it.
alter table entry add column contents_html ${long_text};
