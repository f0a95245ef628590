// Reusable steps for the vault, as a newcomer does them (English UI, by role
// and label). Other screens' tests import these:
//   createVault(page, passphrase): fill the setup dialog that a change opened
//     (it triggers nothing itself) and wait until the answers are saved.
//   unlockVault(page, passphrase): fill the unlock form and wait until it is gone.
//   declineVault(page): answer "Not now" to the setup dialog that the first
//     change opens (a modal dialog: nothing else can be clicked until then);
//     the changes then stay in memory only, and it is not asked again.
export const SETUP_HEADING = 'Lock your answers with a passphrase';
export const UNLOCK_HEADING = 'Unlock your answers';
export const SAVED = 'Saved and locked on this phone';

/** The setup dialog (a modal <dialog>, labelled by its heading). */
export function setupDialog(page) {
  return page.getByRole('dialog', { name: SETUP_HEADING });
}

/** The unlock form (a region labelled by its heading). */
export function unlockForm(page) {
  return page.getByRole('region', { name: UNLOCK_HEADING });
}

/** The save-state line at the top of every screen. */
export function saveState(page) {
  return page.locator('.vault-bar [role="status"]');
}

export async function createVault(page, passphrase) {
  const dialog = setupDialog(page);
  await dialog.waitFor({ state: 'visible', timeout: 10000 });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Type the passphrase again', { exact: true }).fill(passphrase);
  await dialog.getByLabel(/I understand/).check();
  await dialog.getByRole('button', { name: 'Lock and save' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 60000 });
  await saveState(page).filter({ hasText: SAVED }).waitFor({ timeout: 10000 });
}

export async function unlockVault(page, passphrase) {
  const form = unlockForm(page);
  await form.waitFor({ state: 'visible', timeout: 20000 });
  await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await form.getByRole('button', { name: 'Unlock', exact: true }).click();
  await form.waitFor({ state: 'detached', timeout: 60000 });
}

export async function declineVault(page) {
  const dialog = setupDialog(page);
  await dialog.waitFor({ state: 'visible', timeout: 10000 });
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
