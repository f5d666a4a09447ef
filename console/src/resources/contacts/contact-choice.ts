/**
 * A person picked from a customer's people reads with their title and department: a customer
 * of thousands has several 王斌, and a name alone does not say which one is meant. Used as the
 * `optionText` of every contact picker (the option and the chosen value alike).
 */
export function contactChoice(contact: {
  name: string;
  title?: string | null;
  orgUnit?: { name: string } | null;
}): string {
  return [contact.name, contact.title?.trim(), contact.orgUnit?.name]
    .filter((part) => !!part)
    .join(' · ');
}
