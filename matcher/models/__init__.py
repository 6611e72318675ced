"""What the files hold, as validated models: the candidate profile, the rules file
(a notice and its requirement tree), partial dates, and loading them from documents."""
