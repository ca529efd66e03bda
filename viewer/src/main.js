// The page's entry: reads the share element and hands it to the viewer's interface.
const app = document.getElementById("app");
const share = document.getElementById("share");
if (app && share) {
  app.textContent = "Backpack viewer";
}
