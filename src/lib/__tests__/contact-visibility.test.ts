import { mayViewContact, redactContacts } from '../member-visibility';

const community = { id: 1, documentId: 'c1', slug: 'demo', name: 'Demo', plan: 'free', accountStatus: 'active' };

describe('mayViewContact: the one contact rule for the API, search and the bot', () => {
  it('lets an operator see every contact', () => {
    expect(mayViewContact({ access: 'operator' }, { documentId: 'm2', contactVisibility: 'admins' })).toBe(true);
  });

  it('lets a member see their own contact and those shared with members, nothing else', () => {
    const viewer = { access: 'member' as const, memberDocumentId: 'm1' };
    expect(mayViewContact(viewer, { documentId: 'm1', contactVisibility: 'admins' })).toBe(true);
    expect(mayViewContact(viewer, { documentId: 'm2', contactVisibility: 'members' })).toBe(true);
    expect(mayViewContact(viewer, { documentId: 'm2', contactVisibility: 'admins' })).toBe(false);
  });

  it('fails closed when the visibility or the ids are unknown', () => {
    expect(mayViewContact({ access: 'member', memberDocumentId: 'm1' }, { documentId: 'm2' })).toBe(false);
    expect(mayViewContact({ access: 'member' }, {})).toBe(false);
  });

  it('is the rule redactContacts applies', () => {
    const tenant = { community, access: 'member' as const, memberDocumentId: 'm1' };
    expect(redactContacts({ documentId: 'm2', phone: '+91', email: 'a@b.c', contactVisibility: 'admins' }, tenant)).toEqual({
      documentId: 'm2',
      contactVisibility: 'admins',
    });
    expect(redactContacts({ documentId: 'm2', phone: '+91', contactVisibility: 'members' }, tenant)).toHaveProperty('phone', '+91');
  });
});
