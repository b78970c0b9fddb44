import Link from "next/link";

export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your role does not allow this page. Ask an administrator if you need it.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
