import { useState } from 'react';
import { graphqlRequest } from '../api/graphql-request';

const VERIFY = `query VerifyForm($serialNumber: String!, $checkCode: String!) {
  verifyForm(serialNumber: $serialNumber, checkCode: $checkCode) {
    genuine centerName queriedAt
  }
}`;

export type VerifyResult =
  | { kind: 'none' }
  | { kind: 'busy' }
  | { kind: 'genuine'; centerName: string; queriedAt: string }
  | { kind: 'not_genuine' }
  | { kind: 'failed' };

interface VerifyAnswer {
  verifyForm: { genuine: boolean; centerName: string | null; queriedAt: string | null };
}

export function useVerifyForm() {
  const [result, setResult] = useState<VerifyResult>({ kind: 'none' });
  const verify = async (serialNumber: string, checkCode: string) => {
    setResult({ kind: 'busy' });
    try {
      const { verifyForm } = await graphqlRequest<VerifyAnswer>(VERIFY, {
        serialNumber: serialNumber.trim(),
        checkCode: checkCode.trim(),
      });
      setResult(
        verifyForm.genuine
          ? {
              kind: 'genuine',
              centerName: verifyForm.centerName ?? '',
              queriedAt: verifyForm.queriedAt ?? '',
            }
          : { kind: 'not_genuine' },
      );
    } catch {
      setResult({ kind: 'failed' });
    }
  };
  return { result, verify };
}
