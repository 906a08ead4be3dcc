"""The record forms: the intake (client_form) and the directory entry (therapist_form).

fields.py builds the fields, problems.py shows what is wrong with them, session.py
saves the record (conflicts and lost connections included), form.py is the window
around them; each form module only lays out its fields.
"""
