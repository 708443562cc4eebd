import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Employee } from '../employees/employee.entity';

/** A face-verification result already spent on a code: its primary key makes it single use. */
@Entity({ tableName: 'face_verification_use' })
export class FaceVerificationUse {
  @PrimaryKey({ type: 'string', length: 128 })
  id!: string;

  @ManyToOne(() => Employee)
  employee!: Employee;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  usedAt!: Date;
}
