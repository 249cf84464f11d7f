-- The sources a body cites, in the order it numbers them (slugs separated by spaces): a company's
-- figures and pipeline first, as its page shows them above the body, then the body's citations.
alter table entry add column citations ${long_text};
