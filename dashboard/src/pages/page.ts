/** What a page hands the shell: its title and its content; charts are drawn once the content is in the document. */
export interface PageResult {
  title: string;
  nodes: (Node | null)[];
  /** Runs after the nodes are attached (charts need their size). */
  afterMount?: (() => void) | undefined;
}

export type Page = (parameter: string) => Promise<PageResult>;
