import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been deleted, or the link is wrong.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
