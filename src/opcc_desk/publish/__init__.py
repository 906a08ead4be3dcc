"""The referral directory as published files: a static website in English and French,
directory.json, and a printable PDF handout.

Plain values in, file contents out: nothing here reads the database or imports Qt.
The service (services/directory.py) decides what is read; listing.py decides what of
it may be published; folder.py puts a publication in place in one step.
"""

from opcc_desk.publish.data import directory_json
from opcc_desk.publish.folder import MARKER, FolderProblem, replace_folder
from opcc_desk.publish.handout import directory_pdf
from opcc_desk.publish.listing import Clinic, Directory, Listing, build_directory
from opcc_desk.publish.site import render_site

__all__ = [
    "MARKER",
    "Clinic",
    "Directory",
    "FolderProblem",
    "Listing",
    "build_directory",
    "directory_json",
    "directory_pdf",
    "render_site",
    "replace_folder",
]
