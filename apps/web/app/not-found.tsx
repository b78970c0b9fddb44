import type { Metadata } from "next";
import { SearchForm } from "../components/search-form";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such page. <a href="/">See all relations</a>, or search:
      </p>
      <SearchForm />
    </>
  );
}
