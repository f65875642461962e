/** The item's text and tooltip for a count of findings. */
export declare function statusText(count: number): {
    text: string;
    tooltip: string;
};
