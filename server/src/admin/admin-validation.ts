import { badInput } from '../errors';

/** Format checks; a value that fails is a BAD_USER_INPUT error naming the field. */
export function checkUsername(value: string): string {
  const username = value.trim();
  if (!/^[a-z0-9_.-]{3,64}$/.test(username)) {
    throw badInput('用户名须为3到64位小写字母、数字或 _ . -', 'username');
  }
  return username;
}

export function checkStaffNumber(value: string): string {
  const staffNumber = value.trim().toUpperCase();
  if (!/^[A-Z0-9]{2,32}$/.test(staffNumber)) {
    throw badInput('工号须为2到32位字母或数字', 'staffNumber');
  }
  return staffNumber;
}

export function checkCenterCode(value: string): string {
  const code = value.trim();
  if (!/^[A-Za-z0-9]{2,32}$/.test(code)) throw badInput('中心代码须为2到32位字母或数字', 'code');
  return code;
}

/** Names and regions: trimmed, not empty, at most `max` characters. */
export function checkText(value: string, field: string, max = 100): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw badInput(`${field} 不能为空且不超过${max}个字符`, field);
  }
  return text;
}
