import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such page. <Link href="/">See all relations</Link>.
      </p>
    </>
  );
}
