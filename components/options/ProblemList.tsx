/** Every problem found in a file, by JSON path. */
export function ProblemList({ problems, title }: { problems: { path: string; message: string }[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice error" role="alert" data-testid="problems">
      <strong>{title}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className="wrap">
            <code>{p.path || '(file)'}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
