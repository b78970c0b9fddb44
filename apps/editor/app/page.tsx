export default function EditorHome() {
  return (
    <>
      <h1>Dyad editor</h1>
      <p>Sign in to draft, review and publish facts.</p>
    </>
  );
}
