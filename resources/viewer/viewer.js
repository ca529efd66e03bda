(()=>{var e=document.getElementById("app"),t=document.getElementById("share");e&&t&&(e.textContent="Backpack viewer");})();
