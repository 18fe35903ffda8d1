mod bindings;
mod commands;
