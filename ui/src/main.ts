import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
import "@fontsource/atkinson-hyperlegible/400-italic.css";
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { startLanguage } from "./lib/i18n/choose";

const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
// The first screen already speaks the peer's language.
startLanguage().finally(() => mount(App, { target }));
