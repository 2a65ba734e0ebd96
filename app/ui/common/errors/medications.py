"""Texts of the medication codes: the list and its posology, clinical values, eMediplan, the catalogue importers,
the review engine's knowledge pack and the cases of ``cordee review``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # the medication list and clinical values (shown after the field's label)
    "medications.dose_not_a_number": QT_TRANSLATE_NOOP("errors", "must be a number of units like 1, 0.5 or 1/2"),
    "medications.dose_too_high": QT_TRANSLATE_NOOP("errors", "must be at most {max} units"),
    "medications.implausible_date": QT_TRANSLATE_NOOP("errors", "is not a plausible date"),
    "medications.more_than_at_most": QT_TRANSLATE_NOOP("errors", "must be more than {min} and at most {max}"),
    "medications.bad_atc": QT_TRANSLATE_NOOP("errors", "must be a complete ATC code like B01AA03"),
    "medications.name_required": QT_TRANSLATE_NOOP("errors", "a substance or a product name is required"),
    "medications.before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.renewal_too_late": QT_TRANSLATE_NOOP("errors", "must be at most 12 months after the start"),
    "medications.not_an_active_member": QT_TRANSLATE_NOOP("errors", "must be an active member of the practice"),
    "medications.in_future": QT_TRANSLATE_NOOP("errors", "must not be in the future"),
    "medications.before_1900": QT_TRANSLATE_NOOP("errors", "must be after 1900"),
    # eMediplan
    # catalogue files (whole sentences: file, line and column first)
    "medications.import_not_a_folder": QT_TRANSLATE_NOOP("errors", "{file} is not a folder of BDPM files."),
    "medications.import_is_a_folder": QT_TRANSLATE_NOOP("errors", "{file} is a folder, choose the product list file."),
    "medications.import_file_missing": QT_TRANSLATE_NOOP("errors", "{file} is missing from the folder {folder}."),
    "medications.import_no_atc_map": QT_TRANSLATE_NOOP(
        "errors", "The BDPM folder has no CIP13 → ATC mapping (a .csv or .txt file whose name contains \"atc\")."),
    "medications.import_atc_maps": QT_TRANSLATE_NOOP(
        "errors", "The BDPM folder has {count} files whose name contains \"atc\": keep only the CIP13 → ATC mapping."),
    "medications.import_unreadable": QT_TRANSLATE_NOOP("errors", "{file} cannot be read ({reason})."),
    "medications.import_empty_file": QT_TRANSLATE_NOOP("errors", "{file} is empty."),
    "medications.import_column_missing": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}: the column {column} is missing from the header."),
    "medications.import_column_twice": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}: the column {column} is given twice ({header})."),
    "medications.import_value_missing": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: the value is missing."),
    "medications.import_empty_value": QT_TRANSLATE_NOOP("errors", "{file}, line {line}, column {column}: empty value."),
    "medications.import_truncated": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: truncated line ({found} columns, {expected} expected)."),
    "medications.import_too_many_columns": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: too many columns ({found}, {expected} expected)."),
    "medications.import_bad_atc": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: {value} is not a valid ATC code."),
    "medications.import_bad_cis": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: {value} is not a CIS code (8 digits)."),
    "medications.import_bad_gtin": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: {value} is not a valid code of 13 digits with its check "
                  "digit."),
    "medications.import_duplicate": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: {value} is given twice."),
    "medications.import_not_one_of": QT_TRANSLATE_NOOP(
        "errors", "{file}, line {line}, column {column}: {value} is not one of {allowed}."),
    # the review engine's knowledge pack (whole sentences: "interactions.json [DDI-0001]: …")
    "medications.knowledge_file_missing": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack: {where} is missing in {folder}."),
    "medications.knowledge_unreadable": QT_TRANSLATE_NOOP("errors", "Knowledge pack: {where} cannot be read ({reason})."),
    "medications.knowledge_bad_json": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack: {where} is not valid JSON at line {line}, column {column} ({reason})."),
    "medications.knowledge_not_an_object": QT_TRANSLATE_NOOP("errors", "Knowledge pack, {where}: must be a JSON object."),
    "medications.knowledge_key_not_an_object": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must be a JSON object."),
    "medications.knowledge_empty_object": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must be a JSON object that is not empty."),
    "medications.knowledge_not_a_list": QT_TRANSLATE_NOOP("errors", "Knowledge pack, {where}: {key} must be a list."),
    "medications.knowledge_unknown_key": QT_TRANSLATE_NOOP("errors", "Knowledge pack, {where}: unknown key {key}."),
    "medications.knowledge_missing_key": QT_TRANSLATE_NOOP("errors", "Knowledge pack, {where}: the key {key} is missing."),
    "medications.knowledge_unknown_source": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: unknown source {value}."),
    "medications.knowledge_empty_text": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must be a text that is not empty."),
    "medications.knowledge_bad_severity": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {value} is not a severity (in {key})."),
    "medications.knowledge_languages": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must have exactly the languages {languages}."),
    "medications.knowledge_no_atc_list": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must be a list of ATC codes that is not empty."),
    "medications.knowledge_unknown_selector": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: unknown selector {value} in {key}."),
    "medications.knowledge_bad_atc": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {value} in {key} is not a valid ATC code."),
    "medications.knowledge_bad_icd": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {value} in {key} is not a valid ICD-10 code."),
    "medications.knowledge_not_a_number": QT_TRANSLATE_NOOP("errors", "Knowledge pack, {where}: {key} must be a number."),
    "medications.knowledge_not_a_positive_integer": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must be a whole number of 1 or more."),
    "medications.knowledge_not_one_of": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} is {value}, but must be one of {allowed}."),
    "medications.knowledge_bad_shape": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: {key} must have the form {expected}."),
    "medications.knowledge_atc_or_groups": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: give either atc (one class) or groups (two classes)."),
    "medications.knowledge_bad_pair": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: pair must name two of {allowed}."),
    "medications.knowledge_unknown_target": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: the cross-reactive target {value} is not a class."),
    "medications.knowledge_duplicate_id": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: this id is already used in {other_file}."),
    "medications.knowledge_unknown_list": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: the list {value} is not one of {allowed}."),
    "medications.knowledge_age_below_list": QT_TRANSLATE_NOOP(
        "errors", "Knowledge pack, {where}: minimum age {value} is below the age of the list {list} ({minimum})."),
    # a case of ``cordee review`` (shown after its JSON field: "medications[0].atc: is missing")
    "medications.case_not_an_object": QT_TRANSLATE_NOOP("errors", "must be a JSON object"),
    "medications.case_not_a_list": QT_TRANSLATE_NOOP("errors", "must be a list"),
    "medications.case_unknown_list": QT_TRANSLATE_NOOP("errors", "{value} is not a list for older people ({allowed})"),
    "medications.case_not_a_text": QT_TRANSLATE_NOOP("errors", "must be a string"),
    "medications.case_not_a_text_list": QT_TRANSLATE_NOOP("errors", "must be a list of strings"),
    "medications.case_not_a_boolean": QT_TRANSLATE_NOOP("errors", "must be true or false"),
    "medications.case_not_a_number": QT_TRANSLATE_NOOP("errors", "must be a number or null, not {json_type}"),
    "medications.case_negative": QT_TRANSLATE_NOOP("errors", "must not be negative"),
    "medications.case_date_not_text": QT_TRANSLATE_NOOP("errors", "must be a date written YYYY-MM-DD"),
    "medications.case_bad_date": QT_TRANSLATE_NOOP("errors", "{value} is not a date (expected YYYY-MM-DD)"),
    "medications.case_after_as_of": QT_TRANSLATE_NOOP("errors", "must not be after as_of"),
    "medications.case_bad_sex": QT_TRANSLATE_NOOP("errors", "must be F, M, X, U or null"),
    "medications.case_missing": QT_TRANSLATE_NOOP("errors", "is missing"),
    "medications.case_bad_atc": QT_TRANSLATE_NOOP("errors", "{value} is not a valid ATC code"),
    "medications.case_bad_id": QT_TRANSLATE_NOOP("errors", "must be a string or a whole number"),
    "medications.case_bad_language": QT_TRANSLATE_NOOP("errors", "{value} is not a language of the review (fr, de or en)"),
    "medications.case_bad_json": QT_TRANSLATE_NOOP("errors", "is not valid JSON (column {column}: {reason})"),
    "medications.case_too_deep": QT_TRANSLATE_NOOP("errors", "is nested too deeply to be read"),
    "medications.case_number_too_long": QT_TRANSLATE_NOOP("errors", "holds a number of more than {max} digits"),
    "medications.case_review_failed": QT_TRANSLATE_NOOP("errors", "the review failed (internal error: {reason})"),
    # where a case is in the file (``cordee review``; {problem} is one of the texts above)
    "medications.case_error_at_line": QT_TRANSLATE_NOOP("errors", "Line {line}, {json_field}: {problem}"),
    "medications.case_error_in_list": QT_TRANSLATE_NOOP("errors", "Case {case}, {json_field}: {problem}"),
    # ``cordee review`` and its files
    "medications.review_input_missing": QT_TRANSLATE_NOOP("errors", "The input file {path} does not exist."),
    "medications.review_input_unreadable": QT_TRANSLATE_NOOP("errors", "The input file {path} cannot be read ({reason})."),
    "medications.review_input_too_large": QT_TRANSLATE_NOOP("errors", "The input file {path} is larger than "
                                                                      "{limit_mb} MB: split it into smaller files."),
    "medications.review_line_too_long": QT_TRANSLATE_NOOP("errors", "Line {line} of {path} is longer than {limit_kb} "
                                                                    "KB: give one case per line, each smaller than "
                                                                    "that."),
    "medications.review_too_many_cases": QT_TRANSLATE_NOOP("errors", "The input file {path} holds more than {limit} "
                                                                     "cases: split it into smaller files."),
    "medications.review_output_unwritable": QT_TRANSLATE_NOOP(
        "errors", "The output file {path} cannot be written ({reason})."),
    # the posology of a line
    "medications.atc_format": QT_TRANSLATE_NOOP("errors", "must be a complete ATC code like B01AA03"),
    "medications.date_implausible": QT_TRANSLATE_NOOP("errors", "is not a plausible date"),
    "medications.end_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.stop_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.renewal_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.prescriber_not_active": QT_TRANSLATE_NOOP("errors", "must be an active member of the practice"),
    "medications.amount_not_a_number": QT_TRANSLATE_NOOP("errors", "must be an amount like 1, 0.5 or 1/2"),
    "medications.amount_too_large": QT_TRANSLATE_NOOP("errors", "must be at most {max}"),
    "medications.no_amount": QT_TRANSLATE_NOOP("errors",
                                               "give at least one amount (morning, noon, evening or night)"),
    "medications.no_taking": QT_TRANSLATE_NOOP("errors", "give at least one day with its amount"),
    "medications.too_many_takings": QT_TRANSLATE_NOOP("errors", "at most {max} takings"),
    "medications.taking_twice": QT_TRANSLATE_NOOP("errors", "this day and time are given twice"),
    "medications.not_a_time": QT_TRANSLATE_NOOP("errors", "must be a time like 08:00"),
    "medications.not_used_by_schedule": QT_TRANSLATE_NOOP("errors", "is not used by this schedule: leave it empty"),
    "medications.max_below_amount": QT_TRANSLATE_NOOP("errors", "must not be less than the amount per taking"),
    "medications.max_without_amount": QT_TRANSLATE_NOOP("errors", "is needed when a maximum a day is given"),
    "medications.unknown_unit": QT_TRANSLATE_NOOP("errors", "is not a unit of the list"),
    "medications.unknown_route": QT_TRANSLATE_NOOP("errors", "is not a route of the EDQM list"),
    "medications.route_twice": QT_TRANSLATE_NOOP("errors", "give a coded route or a text, not both"),
    "medications.emediplan_unreadable": QT_TRANSLATE_NOOP("errors", "is not a readable CHMED16A payload"),
    "medications.emediplan_prefix": QT_TRANSLATE_NOOP("errors", "must start with CHMED16A1 (or CHMED16A0)"),
    "medications.emediplan_too_large": QT_TRANSLATE_NOOP("errors", "is too large for a medication plan (more than {max})"),
    "medications.emediplan_not_an_object": QT_TRANSLATE_NOOP("errors", "the field {path} must be an object"),
    "medications.emediplan_not_a_list": QT_TRANSLATE_NOOP("errors", "the field {path} must be a list"),
    "medications.emediplan_not_a_number": QT_TRANSLATE_NOOP("errors", "the field {path} must be a number"),
    "medications.emediplan_not_a_text": QT_TRANSLATE_NOOP("errors", "the field {path} must be a text"),
    "medications.emediplan_not_a_boolean": QT_TRANSLATE_NOOP("errors", "the field {path} must be true or false"),
    "medications.emediplan23_unreadable": QT_TRANSLATE_NOOP("errors", "is not a readable CHMED23A code"),
    "medications.emediplan23_version": QT_TRANSLATE_NOOP("errors", "is a CHMED23{version} code: Cordée reads "
                                                                   "CHMED23A"),
    "medications.emediplan23_chunks": QT_TRANSLATE_NOOP("errors", "is a CHMED23A code in {total} parts and {found} "
                                                                  "were pasted: paste all the parts together"),
    "medications.emediplan_not_a_date": QT_TRANSLATE_NOOP("errors", "the field {path} must be a date (ISO 8601)"),
    "medications.emediplan_out_of_range": QT_TRANSLATE_NOOP("errors", "the field {path} is out of range"),
    "medications.emediplan_too_many": QT_TRANSLATE_NOOP("errors", "the field {path} has more than {max} entries"),
    "medications.emediplan_too_long": QT_TRANSLATE_NOOP("errors", "the field {path} is longer than {max} characters"),
    "medications.emediplan_too_deep": QT_TRANSLATE_NOOP("errors", "the field {path} is nested too deeply"),
    "medications.emediplan_missing": QT_TRANSLATE_NOOP("errors", "the field {path} is missing"),
    # a newer ANSM thesaurus installed by the practice
    "medications.ansm_file_unreadable": QT_TRANSLATE_NOOP("errors", "the thesaurus file {file} cannot be read ({reason})"),
    "medications.ansm_file_invalid": QT_TRANSLATE_NOOP(
        "errors", "the thesaurus file {file} is not an ANSM thesaurus in JSON form: {problem}; nothing was installed"),
    "medications.ansm_bad_edition": QT_TRANSLATE_NOOP("errors", "must be an edition like 2023-09, not '{value}'"),
    "medications.ansm_not_newer": QT_TRANSLATE_NOOP(
        "errors", "edition {value} is not newer than the installed edition {installed}; nothing was installed"),
    "medications.knowledge_invalid": QT_TRANSLATE_NOOP(
        "errors", "the medication knowledge file {file} is not valid (entry {entry}): {problem}"),
}
