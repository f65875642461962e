// A STAND-IN for the 'obsidian' module, for tests only. The obsidian npm package ships type
// definitions and no code, so the plugin's lifecycle is exercised against this small imitation of
// the parts it uses (Plugin, PluginSettingTab, Setting, Notice, MarkdownView, editorInfoField).
// It records what the plugin registers instead of drawing anything; it is not Obsidian.
import { StateField } from '@codemirror/state';

export interface EventRef { name: string; callback: (...args: unknown[]) => unknown }

export class Events {
  private handlers: EventRef[] = [];
  on(name: string, callback: (...args: unknown[]) => unknown): EventRef {
    const ref = { name, callback };
    this.handlers.push(ref);
    return ref;
  }
  offref(ref: EventRef): void { this.handlers = this.handlers.filter((h) => h !== ref); }
  trigger(name: string, ...args: unknown[]): void {
    for (const h of this.handlers) if (h.name === name) h.callback(...args);
  }
  count(name: string): number { return this.handlers.filter((h) => h.name === name).length; }
}

export class TFile { constructor(readonly path: string) {} }

export class MarkdownView { constructor(public file: TFile | null) {} }

export class Workspace extends Events {
  activeView: MarkdownView | null = null;
  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    return this.activeView instanceof type ? (this.activeView as T) : null;
  }
}

export class App {
  workspace = new Workspace();
  /** What data.json holds, per plugin id. */
  pluginData: Record<string, unknown> = {};
}

export interface PluginManifest { id: string; name: string; version: string; minAppVersion: string }

/** Obsidian's HTMLElement helpers that the plugin calls, recorded as plain text. */
export class StandInElement {
  text = '';
  classes: string[] = [];
  children: unknown[] = [];
  setText(text: string): void { this.text = text; }
  addClass(cls: string): void { this.classes.push(cls); }
  empty(): void { this.children = []; }
}

export class Notice {
  static shown: string[] = [];
  constructor(readonly message: string, readonly duration?: number) { Notice.shown.push(message); }
}

export class Component {
  private cleanups: (() => unknown)[] = [];
  loaded = false;
  register(cb: () => unknown): void { this.cleanups.push(cb); }
  async onload(): Promise<void> {}
  async onunload(): Promise<void> {}
  /** What Obsidian does when a plugin is enabled... */
  async load(): Promise<void> { await this.onload(); this.loaded = true; }
  /** ...and disabled: onunload, then every registered cleanup. */
  async unload(): Promise<void> {
    await this.onunload();
    for (const c of this.cleanups.splice(0)) c();
    this.loaded = false;
  }
}

export interface Command { id: string; name: string; editorCallback?: (editor: unknown, view?: unknown) => unknown }

export class Plugin extends Component {
  settings?: unknown;
  commands: Command[] = [];
  settingTabs: PluginSettingTab[] = [];
  statusBarItems: StandInElement[] = [];
  editorExtensions: unknown[] = [];
  saved: unknown[] = [];
  constructor(readonly app: App, readonly manifest: PluginManifest) { super(); }
  async loadData(): Promise<unknown> { return structuredClone(this.app.pluginData[this.manifest.id] ?? null); }
  async saveData(data: unknown): Promise<void> {
    this.app.pluginData[this.manifest.id] = structuredClone(data);
    this.saved.push(structuredClone(data));
  }
  addCommand(command: Command): Command { this.commands.push(command); return command; }
  addSettingTab(tab: PluginSettingTab): void { this.settingTabs.push(tab); }
  addStatusBarItem(): HTMLElement {
    const el = new StandInElement();
    this.statusBarItems.push(el);
    return el as unknown as HTMLElement;
  }
  registerEditorExtension(extension: unknown): void { this.editorExtensions.push(extension); }
  registerEvent(ref: EventRef): void { this.register(() => this.app.workspace.offref(ref)); }
}

export class PluginSettingTab {
  containerEl = new StandInElement();
  constructor(readonly app: App, readonly plugin: Plugin) {}
  display(): void {}
}

type Handler = (value: never) => unknown;

/** One control of a Setting: its value, and its change handler, which a test can call. */
export class Control {
  value: unknown;
  options: Record<string, string> = {};
  handler?: Handler;
  constructor(readonly kind: 'dropdown' | 'text' | 'textarea' | 'toggle') {}
  addOption(value: string, label: string) { this.options[value] = label; return this; }
  addOptions(options: Record<string, string>) { Object.assign(this.options, options); return this; }
  setPlaceholder() { return this; }
  setValue(value: unknown) { this.value = value; return this; }
  onChange(handler: Handler) { this.handler = handler; return this; }
  /** What the user does: change the value, and Obsidian calls the handler. */
  async change(value: unknown) {
    this.value = value;
    await this.handler?.(value as never);
  }
}

export class Setting {
  name = '';
  desc = '';
  heading = false;
  cls = '';
  controls: Control[] = [];
  constructor(readonly containerEl: StandInElement) { containerEl.children.push(this); }
  setName(name: string) { this.name = name; return this; }
  setDesc(desc: string) { this.desc = desc; return this; }
  setHeading() { this.heading = true; return this; }
  setClass(cls: string) { this.cls = cls; return this; }
  private add(kind: Control['kind'], cb: (c: never) => unknown) {
    const c = new Control(kind);
    cb(c as never);
    this.controls.push(c);
    return this;
  }
  addDropdown(cb: (c: never) => unknown) { return this.add('dropdown', cb); }
  addText(cb: (c: never) => unknown) { return this.add('text', cb); }
  addTextArea(cb: (c: never) => unknown) { return this.add('textarea', cb); }
  addToggle(cb: (c: never) => unknown) { return this.add('toggle', cb); }
}

/** Obsidian puts the note's view in every editor's state; here a real CodeMirror field holds a path. */
export const editorInfoField = StateField.define<{ file: TFile | null }>({
  create: () => ({ file: null }),
  update: (v) => v,
});
