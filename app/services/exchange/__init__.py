"""Exchange of a patient's record with other software: the FHIR R4 patient summary, out (``summary_export``) and in
(``summary_read`` checks and reads a bundle, ``summary_import`` previews and applies it); IHE XDM packages for secure
mail, out (``xdm_package``) and in (``xdm_read`` checks and reads a zip, ``xdm_import`` previews and attaches its
documents through ``coordination.documents``); Cordée to Cordée packages (``peer_*``): alerts and answers, and the
directory of local resources and pathways (``peer_directory``, through ``directory``'s public functions).

It reads the patient register, the medication list, the clinical values and the care plan through their public
functions, which no single capability may combine (patients use no other capability, care plans do not use
patients): this package sits beside them and nothing imports it but the screens and the command line.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["fhir_terms", "summary_export", "summary_read", "summary_import", "xdm_terms", "xdm_package", "xdm_read",
           "xdm_import", "peer_keys", "peer_identity", "peer_package", "peer_send", "peer_import", "peer_folder",
           "peer_card_pdf", "peer_directory"]
