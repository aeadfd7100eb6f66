import { useMonaco } from '@graphiql/react';
import { useEffect } from 'react';

/**
 * Long lines wrap in every editor: the example documents' comments, long Chinese
 * strings in variables. GraphiQL wraps only its response pane, and creates the
 * operation, variables and headers editors itself, so each one is set as it appears.
 */
export function WordWrapEditors(): null {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (!monaco) return undefined;
    const wrap = (editor: { updateOptions(options: { wordWrap: 'on' }): void }) => editor.updateOptions({ wordWrap: 'on' });
    for (const editor of monaco.editor.getEditors()) wrap(editor);
    // The event fires while the editor is being built; its options are set once that is done.
    const subscription = monaco.editor.onDidCreateEditor((editor) => queueMicrotask(() => wrap(editor)));
    return () => subscription.dispose();
  }, [monaco]);
  return null;
}
