//! What the one declaration in `contract.rs` expands to: a Tauri command
//! for each line, calling its function in `commands::<module>` (so the
//! argument names the UI sends are the contract's, and a line that does not
//! match its function does not compile), the invoke handler, the command
//! names, the typed events, the shell's own error codes and, in tests, a
//! description the bindings generator turns into TypeScript.
//!
//! `build.rs` reads the same file with a macro of its own that keeps only
//! the command names (for the permissions), so `contract.rs` holds nothing
//! but the invocation.

use serde::Serialize;
use std::marker::PhantomData;
use tauri::{AppHandle, Emitter, Runtime};

macro_rules! ipc_contract {
    (
        imports { $($import:item)* }
        commands {
            $(
                $module:ident {
                    $(
                        $(#[doc = $doc:literal])*
                        fn $name:ident $([$($injected:ident),*])? ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty;
                    )*
                }
            )*
        }
        events {
            $( $(#[doc = $event_doc:literal])* $event:ident = $event_name:literal : $payload:ty; )*
        }
        errors {
            $( $(#[doc = $code_doc:literal])* $code:ident = $code_name:literal; )*
        }
    ) => {
        $($import)*

        /// Every command the UI can call, by the name it invokes.
        pub const COMMANDS: &[&str] = &[$($(stringify!($name),)*)*];

        $($(
            command! {
                [$($($injected),*)?] $(#[doc = $doc])*
                $module::$name($($arg: $ty),*) -> $ret
            }
        )*)*

        /// Routes each command name to its command.
        pub fn invoke_handler<R: tauri::Runtime>(
        ) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($name,)*)*]
        }

        $(
            $(#[doc = $event_doc])*
            pub const $event: crate::contract_macro::Event<$payload> =
                crate::contract_macro::Event::named($event_name);
        )*

        /// The codes the shell answers with itself, beside core's.
        pub mod codes {
            $(
                $(#[doc = $code_doc])*
                pub const $code: crate::error::ShellCode = crate::error::ShellCode::declared($code_name);
            )*
        }

        /// The contract as data, for the TypeScript generator.
        #[cfg(test)]
        pub fn described() -> crate::contract_macro::described::Contract {
            use crate::contract_macro::described::*;
            Contract {
                commands: vec![$($(Command {
                    module: stringify!($module),
                    name: stringify!($name),
                    docs: &[$($doc),*],
                    args: vec![$(Arg { name: stringify!($arg), ts: <$ty as ts_rs::TS>::name },)*],
                    returns: <$ret as ts_rs::TS>::name,
                },)*)*],
                events: vec![$(Event {
                    constant: stringify!($event),
                    name: $event_name,
                    docs: &[$($event_doc),*],
                    payload: <$payload as ts_rs::TS>::name,
                },)*],
                shell_codes: &[$($code_name),*],
            }
        }

        /// Every type a command takes or answers, and every event payload:
        /// the roots of the generated bindings.
        #[cfg(test)]
        pub fn visit_types(visitor: &mut impl ts_rs::TypeVisitor) {
            $($(
                $(visitor.visit::<$ty>();)*
                visitor.visit::<$ret>();
            )*)*
            $(visitor.visit::<$payload>();)*
        }
    };
}

/// One Tauri command: what Tauri injects (in brackets), then the
/// arguments as the UI names them, handed to the function in `commands`.
/// Private, as Tauri wants commands beside their handler.
macro_rules! command {
    ([app, state] $(#[doc = $doc:literal])* $module:ident::$name:ident($($arg:ident: $ty:ty),*) -> $ret:ty) => {
        $(#[doc = $doc])*
        #[tauri::command]
        async fn $name<R: tauri::Runtime>(
            app: tauri::AppHandle<R>,
            state: tauri::State<'_, crate::state::AppState>,
            $($arg: $ty),*
        ) -> crate::error::ApiResult<$ret> {
            let language = state.language();
            crate::commands::$module::$name(app, state, $($arg),*)
                .await
                .map_err(|e| e.in_language(language))
        }
    };
    ([state] $(#[doc = $doc:literal])* $module:ident::$name:ident($($arg:ident: $ty:ty),*) -> $ret:ty) => {
        $(#[doc = $doc])*
        #[tauri::command]
        async fn $name(
            state: tauri::State<'_, crate::state::AppState>,
            $($arg: $ty),*
        ) -> crate::error::ApiResult<$ret> {
            let language = state.language();
            crate::commands::$module::$name(state, $($arg),*)
                .await
                .map_err(|e| e.in_language(language))
        }
    };
    ([] $(#[doc = $doc:literal])* $module:ident::$name:ident($($arg:ident: $ty:ty),*) -> $ret:ty) => {
        $(#[doc = $doc])*
        #[tauri::command]
        async fn $name(
            state: tauri::State<'_, crate::state::AppState>,
            $($arg: $ty),*
        ) -> crate::error::ApiResult<$ret> {
            let language = state.language();
            crate::commands::$module::$name($($arg),*)
                .await
                .map_err(|e| e.in_language(language))
        }
    };
}

/// An event the shell sends the UI, with the one payload type it carries.
pub struct Event<P> {
    pub name: &'static str,
    payload: PhantomData<fn(P)>,
}

impl<P: Serialize + Clone> Event<P> {
    pub const fn named(name: &'static str) -> Self {
        Event {
            name,
            payload: PhantomData,
        }
    }

    pub fn emit<R: Runtime>(&self, app: &AppHandle<R>, payload: P) -> tauri::Result<()> {
        app.emit(self.name, payload)
    }
}

/// The contract as data: names, docs and how to name each type in
/// TypeScript. Only the bindings generator reads it.
#[cfg(test)]
pub mod described {
    pub type TsName = fn(&ts_rs::Config) -> String;

    pub struct Contract {
        pub commands: Vec<Command>,
        pub events: Vec<Event>,
        pub shell_codes: &'static [&'static str],
    }

    pub struct Command {
        pub module: &'static str,
        pub name: &'static str,
        pub docs: &'static [&'static str],
        pub args: Vec<Arg>,
        pub returns: TsName,
    }

    pub struct Arg {
        pub name: &'static str,
        pub ts: TsName,
    }

    pub struct Event {
        pub constant: &'static str,
        pub name: &'static str,
        pub docs: &'static [&'static str],
        pub payload: TsName,
    }
}
