import { useEffect, useState, type DragEvent } from 'react';

const hasFiles = (types: Iterable<string> | undefined) => !!types && Array.from(types).includes('Files');

/**
 * Drag-and-drop of a file onto an element: spread `handlers` on it, style it by `over`. Only
 * drags that carry files count (a list row dragged to reorder does not). While mounted, a file
 * dropped beside the target does nothing, instead of Chrome opening it in place of the page.
 * `onFile` null: the target takes no files (e.g. a read-only editor).
 */
export function useFileDrop(onFile: ((file: File) => void) | null) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => {
      if (hasFiles(e.dataTransfer?.types)) e.preventDefault();
    };
    addEventListener('dragover', stop);
    addEventListener('drop', stop);
    return () => {
      removeEventListener('dragover', stop);
      removeEventListener('drop', stop);
    };
  }, []);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      if (!onFile || !hasFiles(e.dataTransfer.types)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setOver(true);
    },
    onDragLeave: (e: DragEvent) => {
      // leaving for a child of the target is not leaving the target
      if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOver(false);
    },
    onDrop: (e: DragEvent) => {
      if (!onFile || !hasFiles(e.dataTransfer.types)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer.files[0];
      if (file) onFile(file);
    },
  };
  return { over, handlers };
}
