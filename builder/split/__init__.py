"""Splitting articles into atomic claims: sentences, grammar, attribution, time, claims."""
