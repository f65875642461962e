// A STAND-IN for the 'obsidian' module in a browser page, for the mobile test only: the node
// stand-in (./obsidian.ts) with the parts the plugin draws made of real DOM, in the markup
// Obsidian's settings use (setting-item, setting-item-info, setting-item-control, a toggle as a
// checkbox-container), so the built main.js can be tapped through on a phone-sized screen. Notices
// show as toasts. It is not Obsidian: Obsidian's own stylesheet and layout are not here.
import { App, Plugin as RecordingPlugin, type Command } from './obsidian.js';

export { App, Component, Events, MarkdownView, TFile, Workspace, editorInfoField } from './obsidian.js';

/** Obsidian's additions to HTMLElement that the plugin calls. */
export function addDomHelpers(): void {
  const proto = HTMLElement.prototype as HTMLElement & Record<string, unknown>;
  proto.empty = function (this: HTMLElement) { this.replaceChildren(); };
  proto.setText = function (this: HTMLElement, text: string) { this.textContent = text; };
  proto.addClass = function (this: HTMLElement, ...cls: string[]) { this.classList.add(...cls); };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent?: HTMLElement) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  parent?.append(e);
  return e;
};

/** A toast, as Obsidian's: a tap dismisses it, or it goes after its time (5 s unless told). */
export class Notice {
  static shown: string[] = [];
  constructor(readonly message: string, duration = 5000) {
    Notice.shown.push(message);
    const toast = el('div', 'notice', document.querySelector<HTMLElement>('.notice-container') ?? document.body);
    toast.textContent = message;
    toast.addEventListener('click', () => toast.remove());
    setTimeout(() => toast.remove(), duration);
  }
}

export class Plugin extends RecordingPlugin {
  override addStatusBarItem(): HTMLElement {
    const item = el('div', 'status-bar-item', document.querySelector<HTMLElement>('.status-bar') ?? document.body);
    this.statusBarItems.push(item as never);
    return item;
  }
}

export class PluginSettingTab {
  containerEl = el('div', 'vertical-tab-content');
  constructor(readonly app: App, readonly plugin: Plugin) {}
  display(): void {}
}

type Handler<T> = (value: T) => unknown;

class DropdownComponent {
  constructor(readonly selectEl: HTMLSelectElement) {}
  addOption(value: string, label: string) { el('option', '', this.selectEl).append(label); this.selectEl.lastElementChild!.setAttribute('value', value); return this; }
  addOptions(options: Record<string, string>) { for (const [v, l] of Object.entries(options)) this.addOption(v, l); return this; }
  setValue(value: string) { this.selectEl.value = value; return this; }
  onChange(h: Handler<string>) { this.selectEl.addEventListener('change', () => h(this.selectEl.value)); return this; }
}

class TextComponent {
  constructor(readonly inputEl: HTMLInputElement | HTMLTextAreaElement) {}
  setPlaceholder(p: string) { this.inputEl.placeholder = p; return this; }
  setValue(value: string) { this.inputEl.value = value; return this; }
  onChange(h: Handler<string>) { this.inputEl.addEventListener('input', () => h(this.inputEl.value)); return this; }
}

class ToggleComponent {
  private on = false;
  private handler?: Handler<boolean>;
  constructor(readonly toggleEl: HTMLElement) {
    el('input', '', toggleEl).type = 'checkbox';
    toggleEl.addEventListener('click', () => { this.setValue(!this.on); void this.handler?.(this.on); });
  }
  setValue(on: boolean) { this.on = on; this.toggleEl.classList.toggle('is-enabled', on); return this; }
  onChange(h: Handler<boolean>) { this.handler = h; return this; }
}

export class Setting {
  readonly settingEl: HTMLElement;
  private readonly nameEl: HTMLElement;
  private readonly descEl: HTMLElement;
  private readonly controlEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    this.settingEl = el('div', 'setting-item', containerEl);
    const info = el('div', 'setting-item-info', this.settingEl);
    this.nameEl = el('div', 'setting-item-name', info);
    this.descEl = el('div', 'setting-item-description', info);
    this.controlEl = el('div', 'setting-item-control', this.settingEl);
  }
  setName(name: string) { this.nameEl.textContent = name; return this; }
  setDesc(desc: string) { this.descEl.textContent = desc; return this; }
  setHeading() { this.settingEl.classList.add('setting-item-heading'); return this; }
  setClass(cls: string) { this.settingEl.classList.add(cls); return this; }
  addDropdown(cb: (c: DropdownComponent) => unknown) { cb(new DropdownComponent(el('select', 'dropdown', this.controlEl))); return this; }
  addText(cb: (c: TextComponent) => unknown) { const i = el('input', '', this.controlEl); i.type = 'text'; cb(new TextComponent(i)); return this; }
  addTextArea(cb: (c: TextComponent) => unknown) { cb(new TextComponent(el('textarea', '', this.controlEl))); return this; }
  addToggle(cb: (c: ToggleComponent) => unknown) { cb(new ToggleComponent(el('div', 'checkbox-container', this.controlEl))); return this; }
}

export type { Command };
