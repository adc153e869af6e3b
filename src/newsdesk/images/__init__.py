"""The image library: uploaded pictures with their alt text, caption and credit."""
