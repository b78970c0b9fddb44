import { SearchForm } from "../components/search-form";

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
