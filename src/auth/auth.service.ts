import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DomainError } from '../common/domain-error';
import { hashToken, randomToken } from '../common/tokens';
import { CoachRepository } from './coach.repository';
import type { LoginDto, SignupDto } from './dto/auth.dto';

export interface Coach {
  id: string;
  email: string;
  name: string;
}

const SESSION_DAYS = 30;

/** Hashed once at start, so an unknown email costs as much time as a wrong password. */
const DUMMY_HASH = argon2.hash('feedback360-timing-equaliser');

@Injectable()
export class AuthService {
  constructor(private readonly coaches: CoachRepository) {}

  async signup(input: SignupDto): Promise<{ coach: Coach; token: string }> {
    const created = await this.coaches.create(input.email, input.name.trim(), await argon2.hash(input.password));
    if (!created) throw new DomainError('EmailTaken', 'An account with this email already exists');
    const coach = { id: created.id, email: created.email, name: created.name };
    return { coach, token: await this.openSession(coach.id) };
  }

  async login(input: LoginDto): Promise<{ token: string }> {
    const coach = await this.coaches.findByEmail(input.email);
    const valid = await argon2.verify(coach?.passwordHash ?? (await DUMMY_HASH), input.password);
    if (!coach || !valid) throw new DomainError('Unauthenticated', 'Wrong email or password');
    return { token: await this.openSession(coach.id) };
  }

  async logout(token: string): Promise<void> {
    await this.coaches.revokeSession(hashToken(token), new Date());
  }

  async coachForToken(token: string): Promise<Coach | null> {
    const coach = await this.coaches.findCoachBySession(hashToken(token), new Date());
    return coach ? { id: coach.id, email: coach.email, name: coach.name } : null;
  }

  /** Trades a verified identity (a new password) for a session token. */
  async openSession(coachId: string): Promise<string> {
    const token = randomToken();
    await this.coaches.createSession(coachId, hashToken(token), new Date(Date.now() + SESSION_DAYS * 86_400_000));
    return token;
  }
}
