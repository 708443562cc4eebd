export const ROLE_CHOICES = [
  { id: 'CLERK', name: 'app.enums.role.CLERK' },
  { id: 'CENTER_ADMIN', name: 'app.enums.role.CENTER_ADMIN' },
];
