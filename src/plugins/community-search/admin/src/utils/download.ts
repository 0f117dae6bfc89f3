/** The file name a response's Content-Disposition gives, else `fallback`. */
export const attachmentName = (headers: Headers | undefined, fallback: string) => {
  const match = /filename="?([^";]+)"?/i.exec(headers?.get('content-disposition') ?? '');
  return match ? match[1] : fallback;
};

/** Hands a downloaded file to the browser as a normal download. */
export const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
