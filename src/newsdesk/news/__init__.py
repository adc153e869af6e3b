"""The newsroom's domain: articles, categories, tags and authors, and the pages that show them."""
