/** An image's caption or credit copied with the page: "Photo: Officers at the scene", "Image: Kent Police". */
const IMAGE_CAPTION =
  /^(?:photo|photograph|image|picture|pictured|photo credit|image credit)[ \t\u00a0]{0,3}:/i

/** Whether a line is an image's caption or credit, no part of the story's text. */
export function readsAsImageCaption(line: string): boolean {
  return IMAGE_CAPTION.test(line)
}
