export default function PastFactNotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such fact, or the date in the address could not be read. Give a date or an instant, for example{" "}
        <code>?asOf=2026-01-01</code> or <code>?asOf=2026-01-01T12:00:00Z</code>.
      </p>
    </>
  );
}
