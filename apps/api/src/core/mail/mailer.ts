import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
}

/** Sends email through the SMTP server of SMTP_URL; without it the platform sends none (in-app only). */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(config: AppConfig) {
    const url = config.get('SMTP_URL');
    this.from = config.get('SMTP_FROM');
    this.transport = url ? createTransport(url) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Throws when the server does not accept the message, so that the job calling it is retried. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP is not configured (SMTP_URL)');
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
