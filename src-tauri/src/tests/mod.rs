mod bindings;
mod commands;
mod error_codes;
mod partners;
